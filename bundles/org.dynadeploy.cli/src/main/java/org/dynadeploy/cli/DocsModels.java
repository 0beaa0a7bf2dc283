package org.dynadeploy.cli;

import org.dynadeploy.model.DistributionModel;
import org.dynadeploy.model.IdsModel;
import org.dynadeploy.model.support.ModelSet;

/**
 * What the documentation commands render from.
 *
 * @param models       every model given; a docs configuration from {@code --docs} comes first, so it wins
 * @param distribution the distribution named with {@code -d}, or null (then the first one in
 *                     {@code models}, if any, is used)
 * @param ids          the ids model named with {@code --ids}, or null (likewise)
 */
record DocsModels(ModelSet models, DistributionModel distribution, IdsModel ids) {

    /** The distribution to show: the one given with -d, else the first loaded one, else null. */
    DistributionModel effectiveDistribution() {
        return distribution != null ? distribution : models.distributions().stream().findFirst().orElse(null);
    }

    /** The ids to show: those given with --ids, else the first loaded ones, else null. */
    IdsModel effectiveIds() {
        return ids != null ? ids : models.idsModels().stream().findFirst().orElse(null);
    }
}
