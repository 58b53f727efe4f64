package org.engagementportal.publish;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Counts what is written and refuses to write one path twice. */
abstract class TrackingOutput implements Output {
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private final AtomicLong bytes = new AtomicLong();

    protected void claim(String sitePath, long size) {
        if (!sitePath.startsWith("/") || sitePath.endsWith("/") || sitePath.contains("..")) {
            throw new IllegalArgumentException("not a file path on the site: " + sitePath);
        }
        if (!written.add(sitePath)) {
            throw new IllegalStateException("two generators both wrote " + sitePath);
        }
        bytes.addAndGet(size);
    }

    @Override
    public int fileCount() {
        return written.size();
    }

    @Override
    public long byteCount() {
        return bytes.get();
    }
}
