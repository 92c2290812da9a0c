package cn.courts.enforcement.model.enforcement;

/**
 * Check digits of the identifiers a party is known by: the resident identity card number of a natural
 * person (GB 11643-1999, ISO 7064 MOD 11-2) and the unified social credit code of an organisation
 * (GB 32100-2015, MOD 31). A wrong check digit is almost always a typing error, and a wrong identifier on
 * a dishonest-debtor listing harms an innocent person, so filing refuses it.
 */
public final class PartyIdentifiers {

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] ID_CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private static final String USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private PartyIdentifiers() {
    }

    /** An 18-character resident identity number with a plausible birth date and a correct check digit. */
    public static boolean isValidResidentIdNumber(String id) {
        if (id == null || !id.matches("\\d{17}[0-9X]")) {
            return false;
        }
        String birth = id.substring(6, 14);
        try {
            java.time.LocalDate.parse(birth, java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        } catch (java.time.DateTimeException e) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return ID_CHECK[sum % 11] == id.charAt(17);
    }

    /** An 18-character unified social credit code with a correct check character. */
    public static boolean isValidUnifiedSocialCreditCode(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = USCC_CHARS.indexOf(code.charAt(i));
            if (value < 0) {
                return false;
            }
            sum += value * USCC_WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return USCC_CHARS.charAt(check) == code.charAt(17);
    }

    /** The birth date inside a valid resident identity number (used to refuse listing a minor). */
    public static java.time.LocalDate birthDateOf(String residentIdNumber) {
        if (!isValidResidentIdNumber(residentIdNumber)) {
            throw new IllegalArgumentException("not a valid resident identity number");
        }
        return java.time.LocalDate.parse(residentIdNumber.substring(6, 14), java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
    }

    /** Masks an identifier for public view (法释〔2017〕7号 Art. 6): keeps the first 6 and the last 4 characters. */
    public static String mask(String identifier) {
        if (identifier == null || identifier.length() <= 10) {
            return "****";
        }
        return identifier.substring(0, 6) + "*".repeat(identifier.length() - 10) + identifier.substring(identifier.length() - 4);
    }
}
