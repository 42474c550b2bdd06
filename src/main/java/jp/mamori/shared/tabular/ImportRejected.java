package jp.mamori.shared.tabular;

import java.util.List;

/** The whole import was refused and nothing was written; the errors say why, row by row. */
public class ImportRejected extends RuntimeException {

    private final transient List<ImportError> errors;

    public ImportRejected(List<ImportError> errors) {
        super(errors.size() + " import error(s)");
        this.errors = List.copyOf(errors);
    }

    public List<ImportError> errors() {
        return errors;
    }
}
