package org.dynadeploy.lang.validation;

import org.dynadeploy.model.IdResource;
import org.dynadeploy.model.IdResourcesModel;
import org.dynadeploy.model.ModelPackage;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import com.google.inject.Inject;

/** Rules of id resources: unique pool names and pools that can hand out ids. */
public class IdResourcesValidator extends AbstractIdResourcesValidator {

    @Inject
    private GlobalNames globalNames;

    @Check(CheckType.NORMAL)
    public void checkUniqueNames(IdResourcesModel model) {
        globalNames.checkIdResources(model, this);
    }

    @Check
    public void checkPool(IdResource pool) {
        if (pool.getMin() > pool.getMax()) {
            error("pool '" + pool.getName() + "' is empty: min " + pool.getMin() + " is greater than max " + pool.getMax()
                    + "; swap them", pool, ModelPackage.Literals.ID_RESOURCE__MAX, IssueCodes.POOL_RANGE);
        }
        if (pool.getStep() < 1) {
            error("the step of pool '" + pool.getName() + "' must be at least 1, not " + pool.getStep()
                    + " (dydisnix silently uses 1); write step 1 or more", pool, ModelPackage.Literals.ID_RESOURCE__STEP,
                    IssueCodes.POOL_STEP);
        }
        if (pool.getMin() < 0) {
            warning("pool '" + pool.getName() + "' hands out negative ids (from " + pool.getMin()
                    + "); ports, uids and gids are not negative: start at 0 or above", pool,
                    ModelPackage.Literals.ID_RESOURCE__MIN, IssueCodes.NEGATIVE_ID);
        }
    }
}
