package jp.mamori.request;

/** What the request register is narrowed to; any part may be null. */
public record SubjectRequestFilter(RequestStatus status, RequestType type, Boolean overdue) {

    public static SubjectRequestFilter none() {
        return new SubjectRequestFilter(null, null, null);
    }
}
