package io.github.dsalab.lab.reports;

import io.github.dsalab.lab.costs.CacheLevel;
import io.github.dsalab.lab.costs.CacheSizes;
import io.github.dsalab.lab.costs.CostProfile;
import io.github.dsalab.lab.costs.OperationCost;
import io.github.dsalab.lab.results.FitView;
import io.github.dsalab.lab.results.Point;
import io.github.dsalab.lab.results.Series;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws the report's log-log charts with XChart, headless, as PNG: per series the measured points
 * with MAD error bars, the best fit as a solid line and the runner-up as a dashed line, in the
 * series' colour. Charts of one topic share their axis ranges so that a learner can lay an
 * {@code n log n} chart beside an {@code n²} chart and see the difference in slope.
 */
public final class Charts {
  static final int WIDTH = 720;
  static final int HEIGHT = 420;
  private static final Color[] PALETTE = {
      new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0x9467bd),
      new Color(0xff7f0e), new Color(0x8c564b), new Color(0x17becf)};
  private static final int CURVE_POINTS = 40;

  private Charts() {}

  /** One curve of a chart: a named series with its fit. */
  record Curve(String name, Series series) {}

  /** Axis ranges shared by several charts. */
  record Range(double xMin, double xMax, double yMin, double yMax) {
    /** The smallest range holding every point (and error bar) of {@code series}, padded. */
    static Range covering(List<Series> series) {
      double xMin = Double.POSITIVE_INFINITY;
      double xMax = 0;
      double yMin = Double.POSITIVE_INFINITY;
      double yMax = 0;
      for (Series s : series) {
        for (Point p : s.points()) {
          xMin = Math.min(xMin, p.size());
          xMax = Math.max(xMax, p.size());
          double low = p.median() - p.mad();
          yMin = Math.min(yMin, low > 0 ? low : p.median());
          yMax = Math.max(yMax, p.median() + p.mad());
        }
      }
      if (xMax == 0) {
        return new Range(1, 10, 1, 10);
      }
      return new Range(xMin / 1.3, xMax * 1.3, Math.max(yMin / 2, 1e-9), yMax * 2);
    }
  }

  /** A log-log chart of {@code curves} on the given axes. */
  static XYChart chart(String title, String xTitle, String yTitle, List<Curve> curves, Range range) {
    XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
        .xAxisTitle(xTitle).yAxisTitle(yTitle).build();
    var styler = logLog(chart);
    styler.setXAxisMin(range.xMin());
    styler.setXAxisMax(range.xMax());
    styler.setYAxisMin(range.yMin());
    styler.setYAxisMax(range.yMax());
    styler.setErrorBarsColorSeriesColor(true);
    int colour = 0;
    for (Curve curve : curves) {
      Color color = PALETTE[colour++ % PALETTE.length];
      Series series = curve.series();
      List<Point> points = series.points();
      double[] x = points.stream().mapToDouble(Point::size).toArray();
      double[] y = points.stream().mapToDouble(Point::median).toArray();
      double[] error = points.stream().mapToDouble(Point::mad).toArray();
      XYSeries measured = chart.addSeries(curve.name(), x, y, error);
      measured.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
      measured.setMarker(SeriesMarkers.CIRCLE);
      measured.setMarkerColor(color);
      FitView fit = series.fit();
      addCurve(chart, curve.name() + ": fit " + fit.best(), points, fit.bestCurve(), color,
          new BasicStroke(1.8f));
      if (fit.runnerUpCurve() != null) {
        addCurve(chart, curve.name() + ": runner-up " + fit.runnerUp(), points, fit.runnerUpCurve(), color,
            new BasicStroke(1.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f));
      }
    }
    return chart;
  }

  /** Log-log axes, the legend outside on the right, white background: the report's look. */
  private static org.knowm.xchart.style.XYStyler logLog(XYChart chart) {
    var styler = chart.getStyler();
    styler.setXAxisLogarithmic(true);
    styler.setYAxisLogarithmic(true);
    styler.setLegendPosition(LegendPosition.OutsideE);
    styler.setLegendPadding(4);
    styler.setLegendFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 10));
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setPlotBackgroundColor(Color.WHITE);
    styler.setPlotGridLinesColor(new Color(0xdddddd));
    styler.setAntiAlias(true);
    return styler;
  }

  /** One series of the cost chart: a named row's cost per operation. */
  record CostCurve(String name, CostProfile costs) {}

  /**
   * Nanoseconds per counted operation against the working set, log-log, one series per curve, with
   * a dashed vertical line at each of the machine's cache sizes: where a cost steps up at a line,
   * the data has just left that cache.
   */
  static XYChart costChart(String title, String operation, List<CostCurve> curves) {
    XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
        .xAxisTitle("working set (bytes)").yAxisTitle("ns per " + operation).build();
    var styler = logLog(chart);
    double low = Double.POSITIVE_INFINITY;
    double high = 0;
    double xLow = Double.POSITIVE_INFINITY;
    double xHigh = 0;
    int colour = 0;
    CacheSizes caches = null;
    for (CostCurve curve : curves) {
      List<OperationCost> points = curve.costs().points();
      double[] x = points.stream().mapToDouble(OperationCost::workingSetBytes).toArray();
      double[] y = points.stream().mapToDouble(OperationCost::nanosecondsPerOperation).toArray();
      for (int i = 0; i < x.length; i++) {
        low = Math.min(low, y[i]);
        high = Math.max(high, y[i]);
        xLow = Math.min(xLow, x[i]);
        xHigh = Math.max(xHigh, x[i]);
      }
      XYSeries series = chart.addSeries(curve.name(), x, y);
      series.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
      series.setMarker(SeriesMarkers.CIRCLE);
      Color color = PALETTE[colour++ % PALETTE.length];
      series.setMarkerColor(color);
      series.setLineColor(color);
      caches = curve.costs().caches();
    }
    double yMin = low / 2;
    double yMax = high * 2;
    styler.setYAxisMin(yMin);
    styler.setYAxisMax(yMax);
    styler.setXAxisMin(xLow / 2);
    styler.setXAxisMax(xHigh * 2);
    if (caches != null) {
      for (CacheLevel level : caches.levels()) {
        if (level.bytes() < xLow / 2 || level.bytes() > xHigh * 2) {
          continue;
        }
        XYSeries line = chart.addSeries(level.toString(), new double[] {level.bytes(), level.bytes()},
            new double[] {yMin, yMax});
        line.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        line.setMarker(SeriesMarkers.NONE);
        line.setLineColor(Color.GRAY);
        line.setLineStyle(new BasicStroke(1.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {3f, 3f}, 0f));
      }
    }
    return chart;
  }

  private static void addCurve(XYChart chart, String name, List<Point> points,
      java.util.function.DoubleBinaryOperator model, Color color, BasicStroke stroke) {
    double[] x;
    double[] y;
    boolean oneSize = points.stream().allMatch(p -> p.m() == 0);
    if (oneSize) {
      // Dense samples between the measured sizes draw the curve, not a polyline through the points.
      double low = points.stream().mapToDouble(Point::n).min().orElse(1);
      double high = points.stream().mapToDouble(Point::n).max().orElse(2);
      x = new double[CURVE_POINTS];
      y = new double[CURVE_POINTS];
      for (int i = 0; i < CURVE_POINTS; i++) {
        x[i] = low * Math.pow(high / low, i / (double) (CURVE_POINTS - 1));
        y[i] = model.applyAsDouble(x[i], 0);
      }
    } else {
      // Two sizes: the prediction at each measured (n, m), drawn in order of n + m.
      List<Point> ordered = points.stream().sorted((a, b) -> Double.compare(a.size(), b.size())).toList();
      x = ordered.stream().mapToDouble(Point::size).toArray();
      y = ordered.stream().mapToDouble(p -> model.applyAsDouble(p.n(), p.m())).toArray();
    }
    for (int i = 0; i < y.length; i++) {
      if (!(y[i] > 0)) {
        y[i] = Double.MIN_NORMAL; // log axes cannot show 0; such a point sits off the chart
      }
    }
    XYSeries line = chart.addSeries(name, x, y);
    line.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
    line.setMarker(SeriesMarkers.NONE);
    line.setLineColor(color);
    line.setLineStyle(stroke);
  }

  /**
   * The chart as a PNG {@code data:} URI an {@code <img>} can show with no file beside the report.
   * PNG rather than SVG: XChart's SVG writes every glyph as an outline, about 1 MB per chart,
   * against some 40 KB for the PNG.
   */
  static String pngDataUri(XYChart chart) throws IOException {
    return "data:image/png;base64," + Base64.getEncoder().encodeToString(
        BitmapEncoder.getBitmapBytes(chart, BitmapFormat.PNG));
  }
}
