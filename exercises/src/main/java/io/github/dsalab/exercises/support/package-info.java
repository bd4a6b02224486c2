/**
 * Types shared by the exercises: a binary tree node, a grid of cells, and counting wrappers that
 * let the checker measure how much work a learner's code does without any counting code in it.
 */
package io.github.dsalab.exercises.support;
