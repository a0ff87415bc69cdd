package tandem.runtime.cluster;

/**
 * A serving node's (or an aligned standby's) answer to a station's history question. The cluster carries the bytes
 * and knows nothing of their meaning; the runtime decodes the question, reads its history and encodes the answer.
 * Runs on the member's query thread, never on a delivery or recording thread.
 */
@FunctionalInterface
public interface QueryHandler {

	/**
	 * @throws IllegalArgumentException for a question that is malformed or out of bounds: answered as refused,
	 *                                  naming what is wrong, and not asked again
	 * @throws Exception                when the history cannot be read now: the station asks again
	 */
	byte[] answer(String fromNode, byte[] question) throws Exception;
}
