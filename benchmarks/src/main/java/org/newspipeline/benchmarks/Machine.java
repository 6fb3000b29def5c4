package org.newspipeline.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/**
 * The machine a report comes from, and how busy it was: the load average shows whether other work shared the
 * cores while the benchmark ran.
 *
 * @param cores       available processors
 * @param memoryGb    physical memory, in GB (0 if unknown)
 * @param java        the Java runtime's version and VM
 * @param loadAverage the system load average over the last minute (negative if unknown)
 */
record Machine(int cores, double memoryGb, String java, double loadAverage) {

    static Machine now() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        double memory = os instanceof com.sun.management.OperatingSystemMXBean sun
                ? sun.getTotalMemorySize() / (1024.0 * 1024 * 1024) : 0;
        String java = System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")";
        return new Machine(os.getAvailableProcessors(), memory, java, os.getSystemLoadAverage());
    }
}
