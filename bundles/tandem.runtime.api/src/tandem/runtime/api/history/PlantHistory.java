package tandem.runtime.api.history;

import java.util.concurrent.CompletableFuture;

/**
 * The recorded past as an operator station reads it: asked of the node that serves (or an aligned standby), bounded
 * by the query, and answered by the new server when a failover falls in between. A future fails with a message
 * that names the query when no node could answer it in time or the query was refused.
 */
public interface PlantHistory {

	CompletableFuture<TrendSeries> trend(TrendQuery query);

	CompletableFuture<CelPage> cel(CelFilter filter);

	CompletableFuture<AlarmHistory> alarms(AlarmHistoryQuery query);
}
