package io.github.dsalab.trace;

import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium, headless, for the page tests of every module (shared as dsa-trace's test jar):
 * a 1400 × 900 window, and the browser console kept so a test can ask for its errors. Selenium
 * reaches it through the system's chromedriver ({@code webdriver.chrome.driver}, set by the
 * {@code browser} profile), never through the network.
 *
 * <pre>{@code
 * ChromeDriver chrome = HeadlessChromium.start();
 * chrome.get(page.toUri().toString());
 * assertEquals(List.of(), HeadlessChromium.errors(chrome));
 * }</pre>
 */
public final class HeadlessChromium {
  private HeadlessChromium() {}

  /** A new headless Chromium; the caller quits it. */
  public static ChromeDriver start() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1400,900");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    return new ChromeDriver(options);
  }

  /** The console's errors since the last call (Chromium hands each entry out once). */
  public static List<String> errors(ChromeDriver chrome) {
    return chrome.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage).toList();
  }
}
