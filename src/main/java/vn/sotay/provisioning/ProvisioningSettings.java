package vn.sotay.provisioning;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of provisioning ({@code sotay.provisioning.*}).
 *
 * @param cardNumberPattern the regular expression a Party card number must match (default exactly 8 digits)
 * @param maxRows           the largest list accepted in one file
 * @param chunkSize         members issued per transaction by the background job
 * @param runJobs           whether this node runs issuance jobs (turn off on nodes that should only serve pages)
 * @param workers           threads issuing one job's rows in parallel (default: the number of cores, at most 4)
 */
@ConfigurationProperties("sotay.provisioning")
public record ProvisioningSettings(
        @DefaultValue("\\d{8}") String cardNumberPattern,
        @DefaultValue("200000") int maxRows,
        @DefaultValue("500") int chunkSize,
        @DefaultValue("true") boolean runJobs,
        @DefaultValue("0") int workers) {

    /** The configured number of workers, or the number of cores up to 4 when it is 0. */
    @Override
    public int workers() {
        return workers > 0 ? workers : Math.min(4, Runtime.getRuntime().availableProcessors());
    }

    /** The length of a card number when the pattern is a fixed number of digits, else 0 (no zero restoring). */
    public int fixedDigits() {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\\\d\\{(\\d+)}$").matcher(cardNumberPattern);
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }
}
