/** Watch-lists: terms with aliases ({@code Nvidia|NVDA}) and the matcher that finds them in an article. */
package dev.newsdesk.core.analysis.watch;
