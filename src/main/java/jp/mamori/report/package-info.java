/**
 * The examiner pack (審査資料一式): for a period, every feature's records as one PDF with a
 * bookmark per part, plus the registers as xlsx, in a zip. Features contribute
 * {@link jp.mamori.report.ExaminerPackPart}s; this module depends on no feature.
 */
package jp.mamori.report;
