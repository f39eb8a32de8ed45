package id.portaldesa.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The review rules of products and sellers, and their words in both languages. */
class ProductStateTest {

    @Test
    void aChangeOfAPublicProductKeepsItPublicWhileItWaits() {
        for (ProductState state : ProductState.values()) {
            ProductState next = state.afterContentChange();
            assertEquals(state.isPublic(), next.isPublic(), state + " -> " + next);
            assertTrue(next.awaitsReview(), state + " -> " + next);
            assertTrue(next == state || ProductState.FLOW.allows(state, next), state + " -> " + next);
        }
    }

    @Test
    void onlyTheAdminsApprovalMakesAProductPublicForTheFirstTime() {
        assertTrue(ProductState.FLOW.allows(null, ProductState.PENDING));
        assertFalse(ProductState.FLOW.allows(null, ProductState.PUBLISHED));
        assertFalse(ProductState.FLOW.allows(ProductState.REJECTED, ProductState.PUBLISHED));
        assertFalse(ProductState.PENDING.isPublic());
        assertFalse(ProductState.REJECTED.isPublic() || ProductState.HIDDEN.isPublic());
    }

    @Test
    void everyMoveAndEveryStateHasItsWordsInBothLanguages() throws IOException {
        Properties id = load("/i18n/messages_id.properties");
        Properties en = load("/i18n/messages_en.properties");
        List<String> keys = new ArrayList<>();
        keys.addAll(ProductState.FLOW.messageKeys());
        keys.addAll(SellerState.FLOW.messageKeys());
        for (ProductState s : ProductState.values()) {
            keys.add("catalogue.product.state." + s);
        }
        for (SellerState s : SellerState.values()) {
            keys.add("catalogue.seller.state." + s);
        }
        for (ProductUnit u : ProductUnit.values()) {
            keys.add("catalogue.unit." + u);
        }
        for (String mail : List.of(
                "seller.APPROVED",
                "seller.REFUSED",
                "seller.SUSPENDED",
                "product.REJECTED",
                "product.CHANGE_REJECTED",
                "product.HIDDEN")) {
            keys.add("catalogue.mail." + mail + ".subject");
            keys.add("catalogue.mail." + mail + ".body");
        }
        for (String key : keys) {
            assertTrue(id.containsKey(key), "Indonesian: " + key);
            assertTrue(en.containsKey(key), "English: " + key);
        }
        assertTrue(keys.size() > 50, keys.toString());
    }

    static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ProductStateTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
