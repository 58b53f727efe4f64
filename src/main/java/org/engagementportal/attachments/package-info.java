/**
 * Files beside the pages: which kinds are published and whether a file's first bytes agree with its name
 * ({@code FileTypes}), SVG made safe ({@code SafeSvg}), a photograph's GPS location ({@code PictureLocation}), and the facts
 * of documents ({@code Inspector}, {@code FileFacts}): size, and a PDF's pages, title, language, tags and what stops it
 * being opened ({@code Unreadable}), read with Apache PDFBox. Takes paths under content/; gives facts the load stage reports
 * and the pages show.
 */
package org.engagementportal.attachments;
