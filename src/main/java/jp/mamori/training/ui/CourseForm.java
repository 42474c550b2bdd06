package jp.mamori.training.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import jp.mamori.training.CourseKind;
import jp.mamori.training.CourseLink;
import jp.mamori.training.CourseValues;

/** The editable fields of a course as the editor binds them; the questions are edited apart. */
class CourseForm {

    private String title = "";
    private String description = "";
    private CourseKind kind = CourseKind.ANNUAL;
    private String material = "";
    private Integer passMark = 80;
    private Integer maxAttempts = 3;
    private boolean randomiseOrder = true;
    private Integer deadlineDays = 30;
    private String pledgeText = "";
    private boolean active = true;
    private String links = "";

    static CourseForm of(CourseValues values) {
        CourseForm form = new CourseForm();
        form.title = values.title();
        form.description = values.description() == null ? "" : values.description();
        form.kind = values.kind();
        form.material = values.material() == null ? "" : values.material();
        form.passMark = values.passMark();
        form.maxAttempts = values.maxAttempts();
        form.randomiseOrder = values.randomiseOrder();
        form.deadlineDays = values.deadlineDays();
        form.pledgeText = values.pledgeText();
        form.active = values.active();
        form.links = values.links().stream().map(link -> link.label() + " | " + link.url())
                .collect(Collectors.joining("\n"));
        return form;
    }

    CourseValues values(List<CourseValues.QuestionValues> questions) {
        return new CourseValues(title, description, kind, material, passMark == null ? -1 : passMark,
                maxAttempts == null ? 0 : maxAttempts, randomiseOrder, deadlineDays == null ? 0 : deadlineDays,
                pledgeText, active, parseLinks(links), questions);
    }

    /** One link a line, "label | https://…"; a bare address is its own label. */
    static List<CourseLink> parseLinks(String text) {
        List<CourseLink> parsed = new ArrayList<>();
        for (String line : text == null ? new String[0] : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int bar = line.lastIndexOf('|');
            String label = bar < 0 ? line.strip() : line.substring(0, bar).strip();
            String url = bar < 0 ? line.strip() : line.substring(bar + 1).strip();
            parsed.add(new CourseLink(label, url));
        }
        return parsed;
    }

    String getTitle() {
        return title;
    }

    void setTitle(String title) {
        this.title = title;
    }

    String getDescription() {
        return description;
    }

    void setDescription(String description) {
        this.description = description;
    }

    CourseKind getKind() {
        return kind;
    }

    void setKind(CourseKind kind) {
        this.kind = kind;
    }

    String getMaterial() {
        return material;
    }

    void setMaterial(String material) {
        this.material = material;
    }

    Integer getPassMark() {
        return passMark;
    }

    void setPassMark(Integer passMark) {
        this.passMark = passMark;
    }

    Integer getMaxAttempts() {
        return maxAttempts;
    }

    void setMaxAttempts(Integer maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    boolean isRandomiseOrder() {
        return randomiseOrder;
    }

    void setRandomiseOrder(boolean randomiseOrder) {
        this.randomiseOrder = randomiseOrder;
    }

    Integer getDeadlineDays() {
        return deadlineDays;
    }

    void setDeadlineDays(Integer deadlineDays) {
        this.deadlineDays = deadlineDays;
    }

    String getPledgeText() {
        return pledgeText;
    }

    void setPledgeText(String pledgeText) {
        this.pledgeText = pledgeText;
    }

    boolean isActive() {
        return active;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    String getLinks() {
        return links;
    }

    void setLinks(String links) {
        this.links = links;
    }
}
