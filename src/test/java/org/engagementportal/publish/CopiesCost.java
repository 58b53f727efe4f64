package org.engagementportal.publish;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * What the {@code .gz} and {@code .br} copies of a built site cost alone, for {@code bin/bench-cold}: the CPU time of
 * making them again, on one thread, with the build's own code and settings ({@link Precompressed}), from the files of an
 * output folder (every text file over {@link Precompressed#MIN_BYTES} but the manifest and large files copied from the
 * content as they are, as the build). Issue 14 compares a cold build with Hugo's, which makes no copies; these are a
 * cost no faster code of ours can remove without changing the published bytes, so the figure shows how much of the gap
 * is theirs.
 *
 * <p>Each copy made is compared with the one the build wrote: the figure is of the same work, byte for byte. Three
 * rounds after a warm-up round; the smallest of each is printed (the least disturbed by anything else running).
 *
 * <p>Arguments: the output folder. Prints one line; exits 1 if a copy differs from the build's, 2 without a built site
 * or files to compress.
 */
public final class CopiesCost {
    private CopiesCost() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1 || !Files.isRegularFile(Path.of(args[0], "manifest.json"))) {
            System.err.println("usage: CopiesCost OUTPUT-FOLDER (a site the portal built: it has a manifest.json)");
            System.exit(2);
        }
        Cost cost = measure(Path.of(args[0]), 3);
        if (cost.files() == 0) {
            System.err.println("copies-cost: no files to compress under " + args[0]);
            System.exit(2);
        }
        System.out.printf("copies alone (one thread, %s): %d files, %.1f MB; gzip %.2f CPU s, Brotli %.2f CPU s, "
                        + "together %.2f CPU s%s%n", Precompressed.settingsInUse(), cost.files(), cost.bytes() / 1e6,
                cost.gzipSeconds(), cost.brotliSeconds(), cost.gzipSeconds() + cost.brotliSeconds(),
                cost.differ() == 0 ? "; every copy as the build made it" : "; " + cost.differ() + " COPIES DIFFER FROM THE BUILD'S");
        System.exit(cost.differ() == 0 ? 0 : 1);
    }

    /** The files compressed and their size, the least CPU seconds of the rounds, and the copies unlike the build's. */
    record Cost(int files, long bytes, double gzipSeconds, double brotliSeconds, int differ) {
    }

    /** Compresses the files of the output folder {@code out} as the build does, {@code rounds} times after a first. */
    static Cost measure(Path out, int rounds) throws IOException {
        List<Path> paths = new ArrayList<>();
        List<byte[]> files = new ArrayList<>();
        long bytes = 0;
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
                String sitePath = "/" + out.relativize(p).toString().replace('\\', '/');
                if (Files.isRegularFile(p) && Precompressed.worthCopies(sitePath, Files.size(p))
                        && !sitePath.equals(Manifest.PATH) // the manifest, written last, has no copies
                        && !copiedAsItIs(p)) {
                    byte[] b = Files.readAllBytes(p);
                    paths.add(p);
                    files.add(b);
                    bytes += b.length;
                }
            }
        }
        int differ = differing(paths, files, ".gz", Precompressed::gzip) + differing(paths, files, ".br", Precompressed::brotli);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long gzip = Long.MAX_VALUE;
        long brotli = Long.MAX_VALUE;
        for (int round = 0; round < rounds; round++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            files.forEach(Precompressed::gzip);
            long t1 = cpu.getCurrentThreadCpuTime();
            files.forEach(Precompressed::brotli);
            long t2 = cpu.getCurrentThreadCpuTime();
            gzip = Math.min(gzip, t1 - t0);
            brotli = Math.min(brotli, t2 - t1);
        }
        return new Cost(files.size(), bytes, gzip / 1e9, brotli / 1e9, differ);
    }

    /**
     * Whether the build copied this file from the content as it is, without compressing it: text over
     * {@link StagingFolder#COMPRESS_COPIES_UP_TO} with no copy beside it. (A page the build makes is compressed at any
     * size, and has copies unless they would not be smaller, which text of that size never is.)
     */
    private static boolean copiedAsItIs(Path file) throws IOException {
        return Files.size(file) > StagingFolder.COMPRESS_COPIES_UP_TO
                && !Files.exists(file.resolveSibling(file.getFileName() + ".gz"))
                && !Files.exists(file.resolveSibling(file.getFileName() + ".br"));
    }

    /** How many of the copies made (the warm-up round) differ from those beside the files, a missing one counted. */
    private static int differing(List<Path> paths, List<byte[]> files, String suffix, Function<byte[], Optional<byte[]>> make)
            throws IOException {
        int differ = 0;
        for (int i = 0; i < files.size(); i++) {
            Path copy = paths.get(i).resolveSibling(paths.get(i).getFileName() + suffix);
            Optional<byte[]> made = make.apply(files.get(i));
            boolean there = Files.isRegularFile(copy);
            if (made.isPresent() != there || there && !Arrays.equals(made.get(), Files.readAllBytes(copy))) {
                differ++;
            }
        }
        return differ;
    }
}
