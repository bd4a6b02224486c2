package io.github.dsalab.exercises.complexity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.dsalab.exercises.support.InputFamily;
import io.github.dsalab.exercises.support.Stress;
import io.github.dsalab.exercises.support.Workload;
import java.math.BigInteger;
import java.util.function.LongBinaryOperator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class FastPowerSpec {
  private static final long PRIME = 1_000_000_007L;
  private static final LongBinaryOperator MOD_PRIME = (a, b) -> a * b % PRIME;

  @Test
  void raisesThreeToTheFourth() {
    assertEquals(81, FastPower.power(3, 4, (a, b) -> a * b));
  }

  @Test
  void anythingToTheZeroIsOne() {
    assertEquals(1, FastPower.power(7, 0, (a, b) -> a * b));
  }

  @Test
  void usesTheGivenMultiplication() {
    assertEquals(24, FastPower.power(2, 10, (a, b) -> a * b % 1000));
  }

  @Test
  void rejectsANegativeExponent() {
    assertThrows(IllegalArgumentException.class, () -> FastPower.power(2, -1, (a, b) -> a * b));
  }

  @Property(tries = 200)
  void agreesWithModPow(@ForAll @LongRange(min = 0, max = PRIME - 1) long base,
      @ForAll @LongRange(min = 0, max = 3000) long exponent) {
    agreesWithModPowFor(base, exponent);
  }

  @Property(tries = 100)
  @Tag(Stress.TAG)
  void agreesWithModPowForHugeExponents(@ForAll @LongRange(min = 0, max = PRIME - 1) long base,
      @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long exponent) {
    agreesWithModPowFor(base, exponent);
  }

  private static void agreesWithModPowFor(long base, long exponent) {
    long expected = BigInteger.valueOf(base).modPow(BigInteger.valueOf(exponent), BigInteger.valueOf(PRIME)).longValue();
    assertEquals(expected, FastPower.power(base, exponent, MOD_PRIME),
        "power(" + base + ", " + exponent + ") modulo 1000000007");
  }

  /** Calls to multiply for exponent n. */
  @Workload(InputFamily.TYPICAL)
  static long multiplications(int n) {
    long[] calls = {0};
    FastPower.power(3, n, (a, b) -> {
      calls[0]++;
      return a * b % PRIME;
    });
    return calls[0];
  }
}
