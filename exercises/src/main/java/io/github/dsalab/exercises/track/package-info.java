/**
 * The exercise track as the manifest {@code exercises/track.properties} describes it: the
 * exercises in order, each with its files (stub, spec, reference solution), hints, expected
 * complexity, forbidden APIs and gate ({@code GateSpec}). Loading rejects a malformed manifest
 * with its file, line and a "did you mean" for a mistyped key.
 */
package io.github.dsalab.exercises.track;
