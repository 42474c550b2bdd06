package jp.mamori.safeguard.api;

import java.util.List;
import jp.mamori.safeguard.ItemState;
import jp.mamori.safeguard.Readiness;
import jp.mamori.safeguard.Share;

/**
 * Readiness of one framework. {@code rule} states the JAPHIC rule; shares leave not-applicable
 * (and disabled) items out of the denominator.
 */
public record ReadinessDto(String framework, String rule, boolean ready, ShareDto mandatory, ShareDto desirable,
                           List<HeadingDto> headings, List<BlockingItemDto> blocking) {

    public record ShareDto(int met, int applicable, int percent) {
        static ShareDto of(Share share) {
            return new ShareDto(share.met(), share.applicable(), share.percent());
        }
    }

    public record HeadingDto(String code, String title, ShareDto all, ShareDto mandatory, ShareDto desirable) {
    }

    public record BlockingItemDto(String code, String requirement, ItemState state, String text) {
    }

    static ReadinessDto of(Readiness readiness, String rule, java.util.Locale locale) {
        return new ReadinessDto(readiness.framework().getCode(), rule, readiness.ready(),
                ShareDto.of(readiness.mandatory()), ShareDto.of(readiness.desirable()),
                readiness.headings().stream().map(h -> new HeadingDto(h.heading().getCode(), h.heading().title(locale),
                        ShareDto.of(h.all()), ShareDto.of(h.mandatory()), ShareDto.of(h.desirable()))).toList(),
                readiness.blocking().stream().map(b -> new BlockingItemDto(b.item().getCode(),
                        b.item().getRequirement().name(), b.state(), b.item().text(locale))).toList());
    }
}
