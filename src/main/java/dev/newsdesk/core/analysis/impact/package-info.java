/**
 * Market impact: which way a sentence or an article moves an investor's position, how strongly, how big the news is,
 * and which sectors and assets it concerns. A lexicon of financial metrics, change words and events is read with
 * rules for direction of change ("losses narrowed" is good news), figures compared, negation and contrast.
 * Pure computation: no I/O, no library but the JDK.
 */
package dev.newsdesk.core.analysis.impact;
