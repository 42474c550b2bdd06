package jp.mamori.report;

/**
 * The common ground of most parts: where the part stands and its title key, given once. The
 * accessors are not final, so that a transactional proxy of a part still answers them.
 */
public abstract class PackPart implements ExaminerPackPart {

    private final int order;
    private final String titleKey;

    protected PackPart(int order, String titleKey) {
        this.order = order;
        this.titleKey = titleKey;
    }

    @Override
    public int order() {
        return order;
    }

    @Override
    public String titleKey() {
        return titleKey;
    }
}
