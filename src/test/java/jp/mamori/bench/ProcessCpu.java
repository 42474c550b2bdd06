package jp.mamori.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * CPU seconds used so far by this JVM and by the embedded PostgreSQL serving it (its postmaster
 * and backends, read from /proc). On a shared machine the wall clock measures the neighbours
 * as much as the code; CPU time is what the work itself costs.
 */
final class ProcessCpu {

    private static final double TICKS = 100.0;

    private final String portArgument;

    ProcessCpu(int port) {
        this.portArgument = " -p " + port + " ";
    }

    /** CPU seconds so far: this JVM's (of which garbage collection and JIT compilation) and the database's. */
    record Sample(double jvm, double gc, double jit, double database) {
        Sample minus(Sample earlier) {
            return new Sample(jvm - earlier.jvm, gc - earlier.gc, jit - earlier.jit, database - earlier.database);
        }

        @Override
        public String toString() {
            return String.format("%.2f s CPU (JVM %.2f, of which GC %.2f and JIT %.2f; PostgreSQL %.2f)",
                    jvm + database, jvm, gc, jit, database);
        }
    }

    Sample sample() {
        double jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
        double gc = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum() / 1e3;
        double jit = ManagementFactory.getCompilationMXBean().getTotalCompilationTime() / 1e3;
        return new Sample(jvm, gc, jit, postgres());
    }

    private double postgres() {
        Set<String> postmasters = new HashSet<>();
        List<Path> processes;
        try (Stream<Path> proc = Files.list(Path.of("/proc"))) {
            processes = proc.filter(path -> path.getFileName().toString().matches("\\d+")).toList();
        } catch (IOException e) {
            return 0;
        }
        for (Path process : processes) {
            String commandLine = read(process.resolve("cmdline")).replace('\0', ' ');
            if (commandLine.contains("postgres") && commandLine.contains(portArgument)) {
                postmasters.add(process.getFileName().toString());
            }
        }
        double seconds = 0;
        for (Path process : processes) {
            String[] stat = stat(process);
            if (stat.length > 15 && (postmasters.contains(process.getFileName().toString())
                    || postmasters.contains(stat[1]))) {
                seconds += (Long.parseLong(stat[11]) + Long.parseLong(stat[12])) / TICKS;
            }
        }
        return seconds;
    }

    /** The fields of /proc/pid/stat after the command name: state, ppid, ... utime is [11], stime [12]. */
    private static String[] stat(Path process) {
        String stat = read(process.resolve("stat"));
        int end = stat.lastIndexOf(')');
        return end < 0 ? new String[0] : stat.substring(end + 2).split(" ");
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
