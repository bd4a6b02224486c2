/** The dsa-lab practice track: exercises, hints and the checker. */
package io.github.dsalab.exercises;
