package org.engagementportal.generate;

import java.util.function.Supplier;
import org.engagementportal.publish.Origin;
import org.engagementportal.publish.Output;

/**
 * Writes an output that may be the same as the previous build's: an incremental build reuses the previous
 * file (and reports again the problems it had) when the output's key, a digest of everything it is made
 * from ({@link OutputKeys}), is unchanged; otherwise it makes it.
 */
public interface Reuse {

    void write(Output out, String sitePath, String key, Origin origin, Supplier<byte[]> make);

    /** A cold build: everything is made. */
    Reuse NOTHING = (out, sitePath, key, origin, make) -> out.write(sitePath, make.get(), origin);
}
