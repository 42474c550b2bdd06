/**
 * The shared kernel every feature builds on: i18n, persistence and history, the PDF base,
 * tabular import/export, the main layout and common UI pieces. It depends on no feature.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package jp.mamori.shared;
