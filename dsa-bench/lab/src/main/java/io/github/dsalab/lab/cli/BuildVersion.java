package io.github.dsalab.lab.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version {@code ./lab --version} prints: the build's, as Maven filtered it into dsa-fitter's
 * {@code META-INF/dsa-lab/version.properties}. The exercise checker reads the same file, so both
 * halves of {@code ./lab} report the same version.
 */
final class BuildVersion implements IVersionProvider {
  /** Where the build's version is, on the class path of the lab and of the checker. */
  static final String RESOURCE = "/META-INF/dsa-lab/version.properties";

  @Override
  public String[] getVersion() throws IOException {
    return new String[] {"dsa-lab " + version()};
  }

  /** The build's version, such as {@code 0.1.0}. */
  static String version() throws IOException {
    Properties properties = new Properties();
    try (InputStream in = BuildVersion.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return "(version unknown: " + RESOURCE + " is missing)";
      }
      properties.load(in);
    }
    return properties.getProperty("version", "(version unknown)");
  }
}
