package io.github.dsalab.exercises.complexity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dsalab.exercises.support.InputFamily;
import io.github.dsalab.exercises.support.Stress;
import io.github.dsalab.exercises.support.Workload;
import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class PrimalitySpec {
  private static boolean isPrime(long n) {
    return Primality.isPrime(n, d -> n % d == 0);
  }

  @Test
  void twoIsTheSmallestPrime() {
    assertEquals(true, isPrime(2));
    assertEquals(false, isPrime(1));
    assertEquals(false, isPrime(0));
    assertEquals(false, isPrime(-7));
  }

  @Test
  void tellsPrimesFromProductsOfPrimes() {
    assertEquals(true, isPrime(97));
    assertEquals(false, isPrime(91));
    assertEquals(false, isPrime(49));
  }

  @Test
  @Tag(Stress.TAG)
  void handlesALargePrime() {
    assertEquals(true, isPrime(1_000_000_007L));
  }

  @Property(tries = 300)
  void agreesWithBigInteger(@ForAll @LongRange(min = -10, max = 20_000) long n) {
    boolean expected = n >= 2 && BigInteger.valueOf(n).isProbablePrime(50);
    assertEquals(expected, isPrime(n), "isPrime(" + n + ")");
  }

  /** Trial divisions to confirm the largest prime at most n (the worst case: no early exit). */
  @Workload(InputFamily.TYPICAL)
  static long divisions(int n) {
    long prime = n;
    while (!BigInteger.valueOf(prime).isProbablePrime(50)) {
      prime--;
    }
    long p = prime;
    long[] calls = {0};
    Primality.isPrime(p, d -> {
      calls[0]++;
      return p % d == 0;
    });
    return calls[0];
  }
}
