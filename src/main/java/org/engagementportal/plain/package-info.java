/**
 * Plain-English checks of what a page says: its reading age, the glossary's jargon, and easy read's rules (short
 * sentences, no abbreviations left unexplained, hard words listed), run after loading on each page's text and on the
 * writing kept in its fields ({@code ContentKind.passages}). Takes loaded documents and the site's glossary; gives
 * problems at file:line:col and the easy-read page's hard words.
 */
package org.engagementportal.plain;
