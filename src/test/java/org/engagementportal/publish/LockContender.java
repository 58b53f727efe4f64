package org.engagementportal.publish;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A process that takes the lock of one output folder many times over, for {@link OutputLockTest}: while it holds it, a
 * marker file must not be there (another process holding it at the same time would have made it), and it makes the
 * marker, waits a moment and deletes it. Exits 1 at the first overlap, 2 if the lock could not be taken at all.
 *
 * <p>Arguments: the output folder, the marker file, the number of times.
 */
public final class LockContender {
    private LockContender() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Path marker = Path.of(args[1]);
        int times = Integer.parseInt(args[2]);
        java.util.Random random = new java.util.Random();
        for (int i = 0; i < times; i++) {
            boolean[] none = {false};
            try (OutputLock lock = OutputLock.of(out, why -> none[0] |= why.startsWith("note: could not take the lock"))) {
                if (none[0]) {
                    System.out.println("no lock: " + i);
                    System.exit(2);
                }
                try {
                    Files.createFile(marker);
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    System.out.println("overlap at " + i);
                    System.exit(1);
                }
                Thread.sleep(random.nextInt(3));
                Files.delete(marker);
            }
        }
        System.out.println("done");
    }
}
