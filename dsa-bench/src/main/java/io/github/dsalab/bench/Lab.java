package io.github.dsalab.bench;

/** Entry point of the complexity lab (placeholder until the lab lands). */
public final class Lab {
  private Lab() {}

  /**
   * Runs the lab.
   *
   * @param args command-line arguments
   */
  public static void main(String[] args) {
    System.out.println("dsa-lab");
  }
}
