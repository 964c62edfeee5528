/**
 * Digest charts drawn as PNG with JFreeChart, headless: {@link dev.newsdesk.adapter.chart.JFreeChartRenderer} behind
 * the {@link dev.newsdesk.app.chat.ChartRenderer} port, so nothing else imports AWT or JFreeChart.
 */
package dev.newsdesk.adapter.chart;
