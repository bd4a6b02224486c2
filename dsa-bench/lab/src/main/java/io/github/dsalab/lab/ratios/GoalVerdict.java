package io.github.dsalab.lab.ratios;

/**
 * Whether a pair's paired rounds meet its goal, with the third answer a careful judge needs: the
 * rounds disagree.
 */
public enum GoalVerdict {
  /** Every round's ratio meets the goal. */
  MET("met"),
  /** No round's ratio meets the goal. */
  NOT_MET("not met"),
  /** Some rounds meet the goal and some do not: the range of the ratio straddles it. */
  UNCLEAR("unclear");

  private final String label;

  GoalVerdict(String label) {
    this.label = label;
  }

  /** The verdict as the table prints it. */
  public String label() {
    return label;
  }
}
