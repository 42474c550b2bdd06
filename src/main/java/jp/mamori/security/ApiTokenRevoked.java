package jp.mamori.security;

/** A personal API token was revoked by its owner. */
record ApiTokenRevoked(long userId, String tokenHash) {
}
