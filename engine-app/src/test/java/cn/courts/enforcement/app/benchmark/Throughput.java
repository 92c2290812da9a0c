package cn.courts.enforcement.app.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * Runs a workload on N threads until a time or a count is reached. Each thread starts instances while the time
 * is not up and the count not reached, and always finishes the instance it is in. The measured time then runs on
 * until the app's mail outbox (service_record) has been sent, since the mails are work the setup caused and
 * would otherwise be done during the next setup's measurement; so every completion counted, and the mail it
 * caused, lies inside the measured time.
 */
final class Throughput {

    /** One run: what was completed in how long, and the CPU it took. */
    record Run(long userTasks, long externalTasks, long instances, double seconds, double drainSeconds, CpuMeter.Usage cpu) {
        double userTasksPerSecond() {
            return userTasks / seconds;
        }
    }

    private final CpuMeter cpu;
    private final LongSupplier outboxBacklog;
    private final Runnable afterRun;
    /** Sequence numbers of all instances of the benchmark, to alternate courts and judges. */
    private final AtomicLong sequence = new AtomicLong();

    /**
     * @param outboxBacklog mails recorded but not sent yet
     * @param afterRun      after each run, outside the measured time (e.g. empty the SMTP sink)
     */
    Throughput(CpuMeter cpu, LongSupplier outboxBacklog, Runnable afterRun) {
        this.cpu = cpu;
        this.outboxBacklog = outboxBacklog;
        this.afterRun = afterRun;
    }

    Run run(Workloads.Workload workload, int threads, Duration duration, int maxInstances) throws Exception {
        workload.prepare();
        Workloads.Counters counters = new Workloads.Counters();
        AtomicLong started = new AtomicLong();
        AtomicBoolean failed = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CpuMeter.Snapshot before = cpu.snapshot();
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    while (!failed.get() && System.nanoTime() < deadline && started.incrementAndGet() <= maxInstances) {
                        try {
                            workload.runOne(sequence.getAndIncrement(), counters);
                        } catch (Throwable e) {
                            failure.compareAndSet(null, e);
                            failed.set(true);
                        }
                    }
                }));
            }
            for (Future<?> f : futures) {
                // an instance takes well under a second; a minute past the deadline means something hangs
                f.get(duration.toSeconds() + 120, TimeUnit.SECONDS);
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException(workload.name() + ": a thread did not finish within 2 minutes after the deadline", e);
        } finally {
            pool.shutdownNow();
        }
        if (failure.get() != null) {
            throw new IllegalStateException(workload.name() + " failed on " + threads + " thread(s)", failure.get());
        }
        long drainStart = System.nanoTime();
        awaitOutboxSent(Duration.ofSeconds(120));
        long end = System.nanoTime();
        CpuMeter.Usage usage = cpu.since(before);
        afterRun.run();
        return new Run(counters.userTasks.sum(), counters.externalTasks.sum(), counters.instances.sum(),
                (end - start) / 1e9, (end - drainStart) / 1e9, usage);
    }

    /** Waits until the mail dispatcher has sent every mail recorded so far (bounded). */
    void awaitOutboxSent(Duration bound) throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        while (outboxBacklog.getAsLong() > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the mail outbox was not sent within " + bound + ": " + outboxBacklog.getAsLong() + " left");
            }
            Thread.sleep(20);
        }
    }

    /** The runs of one workload and thread count over all rounds. */
    static final class Series {
        final String workload;
        final int threads;
        final List<Run> runs = new ArrayList<>();

        Series(String workload, int threads) {
            this.workload = workload;
            this.threads = threads;
        }

        long userTasks() {
            return runs.stream().mapToLong(Run::userTasks).sum();
        }

        long externalTasks() {
            return runs.stream().mapToLong(Run::externalTasks).sum();
        }

        long instances() {
            return runs.stream().mapToLong(Run::instances).sum();
        }

        double seconds() {
            return runs.stream().mapToDouble(Run::seconds).sum();
        }

        double userTasksPerSecond() {
            return userTasks() / seconds();
        }

        double externalTasksPerSecond() {
            return externalTasks() / seconds();
        }

        double instancesPerSecond() {
            return instances() / seconds();
        }

        double minRoundRate() {
            return runs.stream().mapToDouble(Run::userTasksPerSecond).min().orElse(Double.NaN);
        }

        double maxRoundRate() {
            return runs.stream().mapToDouble(Run::userTasksPerSecond).max().orElse(Double.NaN);
        }

        /** JVM CPU ms per user-task completion (all the work of an instance divided by its user tasks). */
        double jvmMsPerTask() {
            return runs.stream().mapToDouble(r -> r.cpu().jvmMs()).sum() / userTasks();
        }

        double drainSeconds() {
            return runs.stream().mapToDouble(Run::drainSeconds).sum();
        }

        double pgMsPerTask() {
            return runs.stream().mapToDouble(r -> r.cpu().pgMs()).sum() / userTasks();
        }

        /** Time-weighted busy share of the whole machine (all processes, ours and others). */
        double machineBusy() {
            double weighted = 0;
            double seconds = 0;
            for (Run r : runs) {
                if (!Double.isNaN(r.cpu().machineBusyShare())) {
                    weighted += r.cpu().machineBusyShare() * r.seconds();
                    seconds += r.seconds();
                }
            }
            return seconds == 0 ? Double.NaN : weighted / seconds;
        }

        /** Share of the machine's CPU that was neither this JVM nor our PostgreSQL backends: other processes. */
        double othersShare(int cores) {
            double ours = runs.stream().mapToDouble(r -> r.cpu().jvmMs() + r.cpu().pgMs()).sum() / 1000.0;
            return machineBusy() - ours / (seconds() * cores);
        }
    }
}
