package vn.sotay.library;

import java.time.LocalDate;

/**
 * The Vietnamese metadata of a document as an editor enters it: số/ký hiệu, loại văn bản, cơ quan ban hành,
 * người ký, ngày ban hành, ngày hiệu lực, tên, trích yếu and chuyên mục ("Cha / Con" names a subtopic).
 */
public record DocumentMetadata(String number, String type, String issuer, String signer, LocalDate issuedOn,
        LocalDate effectiveOn, String title, String summary, String topic) {
}
