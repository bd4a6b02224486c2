package io.github.dsalab.lab.benchmarks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * The lab's growth benchmark: times one {@link Workload} at every cell of a {@link SizeSweep} (each
 * input shape and size) in one forked JVM, round after round. Before each iteration the state
 * switches to that iteration's cell, building its input the first time (outside the timed region)
 * and keeping it for the later rounds; the first round, which meets every input fresh, is
 * discarded by the timing pass. The warm-up iterations run the first cell, so the JIT has compiled
 * the work before anything is measured.
 *
 * <p>Each fork times one workload only, so the one call site in {@link #run} sees one kind of work
 * and the JIT inlines it as it would in a benchmark of its own.
 *
 * <pre>
 * java -cp dsa-bench/lab/target/dsa-lab.jar org.openjdk.jmh.Main GrowthBenchmark -f 1 -wi 3 -i 8 \
 *     -p workload=insertion-sort -p cells=RANDOM:1024,RANDOM:2048
 * </pre>
 * (8 measured iterations: four rounds of the two cells, the first round settling.)
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class GrowthBenchmark {
  /** The workload's name (see {@link Workloads}). */
  @Param("insertion-sort")
  public String workload;

  /** The cells, as {@link SizeSweep#cellsText()} writes them. */
  @Param("RANDOM:1024")
  public String cells;

  private List<SizeSweep.Cell> plan;
  private final Map<SizeSweep.Cell, LongSupplier> prepared = new HashMap<>();
  private LongSupplier work;
  private int measured;

  /** Reads the plan and checks the workload can take every cell before anything is timed. */
  @Setup(Level.Trial)
  public void readPlan() {
    plan = SizeSweep.parseCells(cells);
    Workload named = Workloads.named(workload);
    for (SizeSweep.Cell cell : plan) {
      if (!named.shapes().contains(cell.shape())) {
        throw new IllegalArgumentException(workload + " has no " + cell.shape().label() + " input");
      }
    }
  }

  /**
   * Switches to the cell this iteration times, building its input on its first turn.
   *
   * @param iteration JMH's description of the coming iteration
   */
  @Setup(Level.Iteration)
  public void nextCell(IterationParams iteration) {
    SizeSweep.Cell cell;
    if (iteration.getType() == IterationType.WARMUP) {
      cell = plan.get(0);
    } else {
      cell = plan.get(SizeSweep.cellIndex(measured, plan.size()));
      measured++;
    }
    work = prepared.computeIfAbsent(cell,
        key -> Workloads.named(workload).prepare(key.shape(), key.n(), key.m()));
  }

  /**
   * One call of the workload on the current cell's input.
   *
   * @return the work's checksum, which JMH consumes so that nothing is optimized away
   */
  @Benchmark
  public long run() {
    return work.getAsLong();
  }
}
