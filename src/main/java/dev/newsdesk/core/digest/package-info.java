/** Choosing, ranking and shaping digests; what a digest's chart shows. Pure JDK. */
package dev.newsdesk.core.digest;
