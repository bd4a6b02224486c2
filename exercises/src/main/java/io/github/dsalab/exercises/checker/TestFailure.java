package io.github.dsalab.exercises.checker;

import java.util.Optional;

/**
 * One failed test of an exercise spec.
 *
 * @param testName the test's display name (a method name such as {@code findsTheFirstKey})
 * @param sample the smallest failing input jqwik found, one {@code name: value} per line, if the
 *     test is a property
 * @param cause what the test threw: an assertion error or an exception from the learner's code
 */
record TestFailure(String testName, Optional<String> sample, Throwable cause) {}
