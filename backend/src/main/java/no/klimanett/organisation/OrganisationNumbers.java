package no.klimanett.organisation;

import java.util.Optional;

/**
 * Organisation numbers of the Nordic business registers, checked by their check-digit rules and written in
 * one canonical form so that uniqueness per country holds however a number was typed.
 *
 * <ul>
 *   <li>NO (Enhetsregisteret): 9 digits, weights 3,2,7,6,5,4,3,2; check = 11 − (sum mod 11), 11 → 0, 10 invalid.</li>
 *   <li>SE (organisationsnummer): 10 digits, Luhn over all 10; a 12-digit form with century prefix is normalised.</li>
 *   <li>DK (CVR): 8 digits, weights 2,7,6,5,4,3,2,1, sum mod 11 = 0.</li>
 *   <li>FI (Y-tunnus): 7 digits + check, weights 7,9,10,5,8,4,2; remainder 0 → 0, 1 invalid, else 11 − remainder.</li>
 * </ul>
 * Numbers of other countries are stored as given (trimmed) and marked unverified.
 */
public final class OrganisationNumbers {

    private OrganisationNumbers() {}

    /** A number in canonical form, and whether a check-digit rule verified it. */
    public record Checked(String value, boolean verified) {}

    /** @return the canonical number, or empty with {@code error} naming why it is invalid */
    public static Result check(String country, String raw) {
        String input = raw.trim();
        String digits = input.replaceAll("[\\s.\\-]", "");
        return switch (country) {
            case "NO" -> norway(digits.replaceFirst("^NO", "").replaceFirst("MVA$", ""));
            case "SE" -> sweden(digits);
            case "DK" -> denmark(digits.replaceFirst("^DK", ""));
            case "FI" -> finland(digits.replaceFirst("^FI", ""));
            default -> Result.ok(new Checked(input, false));
        };
    }

    public record Result(Optional<Checked> checked, String error) {
        static Result ok(Checked checked) {
            return new Result(Optional.of(checked), null);
        }

        static Result invalid(String error) {
            return new Result(Optional.empty(), error);
        }
    }

    private static Result norway(String d) {
        if (!d.matches("\\d{9}")) return Result.invalid("must be 9 digits for NO");
        int check = mod11Check(d, new int[] {3, 2, 7, 6, 5, 4, 3, 2});
        if (check == 10 || check != digit(d, 8)) return Result.invalid("has a wrong check digit (NO, mod 11)");
        return Result.ok(new Checked(d, true));
    }

    private static Result sweden(String d) {
        if (d.matches("\\d{12}")) {
            String century = d.substring(0, 2);
            if (!century.equals("16") && !century.equals("19") && !century.equals("20")) {
                return Result.invalid("must be 10 digits for SE, or 12 with the prefix 16, 19 or 20");
            }
            d = d.substring(2);
        }
        if (!d.matches("\\d{10}")) return Result.invalid("must be 10 digits for SE");
        if (!luhn(d)) return Result.invalid("has a wrong check digit (SE, Luhn)");
        return Result.ok(new Checked(d.substring(0, 6) + "-" + d.substring(6), true));
    }

    private static Result denmark(String d) {
        if (!d.matches("\\d{8}")) return Result.invalid("must be 8 digits for DK (CVR)");
        int[] weights = {2, 7, 6, 5, 4, 3, 2, 1};
        int sum = 0;
        for (int i = 0; i < 8; i++) sum += digit(d, i) * weights[i];
        if (sum % 11 != 0) return Result.invalid("has a wrong check digit (DK, mod 11)");
        return Result.ok(new Checked(d, true));
    }

    private static Result finland(String d) {
        if (d.matches("\\d{6}-?\\d")) d = "0" + d; // old 6+1 form gets its leading zero
        if (!d.matches("\\d{8}")) return Result.invalid("must be 7 digits and a check digit for FI (1234567-8)");
        int[] weights = {7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 7; i++) sum += digit(d, i) * weights[i];
        int remainder = sum % 11;
        if (remainder == 1) return Result.invalid("has a wrong check digit (FI, mod 11)");
        int check = remainder == 0 ? 0 : 11 - remainder;
        if (check != digit(d, 7)) return Result.invalid("has a wrong check digit (FI, mod 11)");
        return Result.ok(new Checked(d.substring(0, 7) + "-" + d.charAt(7), true));
    }

    private static int mod11Check(String d, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) sum += digit(d, i) * weights[i];
        int check = 11 - (sum % 11);
        return check == 11 ? 0 : check;
    }

    private static boolean luhn(String d) {
        int sum = 0;
        for (int i = 0; i < d.length(); i++) {
            int n = digit(d, i);
            if (i % 2 == 0) { // from the left in a 10-digit number: positions 1,3,5,… are doubled
                n *= 2;
                if (n > 9) n -= 9;
            }
            sum += n;
        }
        return sum % 10 == 0;
    }

    private static int digit(String d, int i) {
        return d.charAt(i) - '0';
    }
}
