package io.github.dsalab.complexity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ComplexityClassTest {
  @Test
  void growthFunctionsMatchTheirDefinitionsWithBaseTwoLogarithms() {
    assertEquals(1, ComplexityClass.CONSTANT.growth(1000), 1e-12);
    assertEquals(10, ComplexityClass.LOGARITHMIC.growth(1024), 1e-9);
    assertEquals(32, ComplexityClass.SQUARE_ROOT.growth(1024), 1e-9);
    assertEquals(1024, ComplexityClass.LINEAR.growth(1024), 1e-9);
    assertEquals(10240, ComplexityClass.N_LOG_N.growth(1024), 1e-6);
    assertEquals(1 << 20, ComplexityClass.QUADRATIC.growth(1024), 1e-3);
    assertEquals(1e9, ComplexityClass.CUBIC.growth(1000), 1);
    assertEquals(1024, ComplexityClass.EXPONENTIAL.growth(10), 1e-9);
    assertEquals(3628800, ComplexityClass.FACTORIAL.growth(10), 1e-3);
  }

  @Test
  void logarithmOfOneIsZero() {
    assertEquals(0, ComplexityClass.LOGARITHMIC.growth(1));
  }

  @Test
  void declarationOrderIsGrowthOrder() {
    ComplexityClass[] classes = ComplexityClass.values();
    for (int i = 1; i < classes.length; i++) {
      assertTrue(classes[i].growsFasterThan(classes[i - 1]), classes[i] + " after " + classes[i - 1]);
      // At a large enough size every class is ahead of the one before it.
      double n = classes[i] == ComplexityClass.FACTORIAL ? 100 : 1 << 16;
      assertTrue(classes[i].growth(n) > classes[i - 1].growth(n), classes[i] + " at " + n);
    }
    assertFalse(ComplexityClass.LINEAR.growsFasterThan(ComplexityClass.LINEAR));
  }

  @Test
  void namesReadAsALearnerWritesThem() {
    assertEquals("O(n log n)", ComplexityClass.N_LOG_N.toString());
    assertEquals("O(n²)", ComplexityClass.QUADRATIC.displayName());
    assertEquals("O(n^2)", ComplexityClass.QUADRATIC.asciiName());
    assertEquals("O(√n)", ComplexityClass.SQUARE_ROOT.displayName());
  }

  @Test
  void sizesBelowOneAreRejected() {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> ComplexityClass.LINEAR.growth(0));
    assertTrue(error.getMessage().contains("0.0"), error.getMessage());
  }
}
