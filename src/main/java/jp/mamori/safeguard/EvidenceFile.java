package jp.mamori.safeguard;

/** A verified evidence file ready to be served as an attachment. */
public record EvidenceFile(String fileName, String contentType, byte[] content) {
}
