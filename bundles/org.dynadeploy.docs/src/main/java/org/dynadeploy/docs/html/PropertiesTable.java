package org.dynadeploy.docs.html;

import java.util.List;

import org.dynadeploy.docs.render.PropertyOrder;
import org.dynadeploy.docs.render.ValueText;
import org.dynadeploy.model.Property;

/** A two-column table of properties (services, targets, containers); nothing when there are none. */
final class PropertiesTable {

    private PropertiesTable() {
    }

    static void write(Html html, List<Property> properties) {
        if (properties.isEmpty()) {
            return;
        }
        html.open("table", "class", "dd-properties").nl();
        html.open("thead").open("tr").element("th", "Property").element("th", "Value").close("tr").close("thead").nl();
        html.open("tbody").nl();
        for (Property property : PropertyOrder.of(properties)) {
            html.open("tr").element("td", property.getName()).element("td", ValueText.of(property.getValue())).close("tr").nl();
        }
        html.close("tbody").close("table").nl();
    }
}
