package jp.mamori.incident;

import java.time.LocalDate;

/**
 * What decides whether a breach must be reported and by when.
 *
 * @param learnedOn         the day the organisation learned of it (day 0 of every period); may be
 *                          null while a form is being filled in
 * @param specialCare       special-care personal information (要配慮個人情報) is or may be involved
 * @param financialHarmRisk misuse of the data may cause financial harm
 * @param improperPurpose   done with an improper purpose (unauthorised access, insider theft),
 *                          including personal information the organisation was acquiring
 * @param affectedPersons   the number of persons concerned
 * @param strongEncryption  the data was protected by strong encryption or an equivalent measure
 */
public record BreachCriteria(LocalDate learnedOn, boolean specialCare, boolean financialHarmRisk,
                             boolean improperPurpose, int affectedPersons, boolean strongEncryption) {
}
