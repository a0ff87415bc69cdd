package tandem.runtime.driver.modbus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The read requests for one set of tags. Neighbouring addresses of an area share a request as long as it stays
 * within the device's maximum quantity (at most the protocol's 125 registers or 2000 bits) and the unused
 * registers between two addresses are no more than {@code maxGap}. A device that answers a request with "illegal
 * data address" has a hole somewhere inside it: {@link #split} replaces that request by two halves, cut between
 * tags, so the next poll reads around the hole; a request for a single tag that is still refused marks just
 * that tag bad. Splits are kept for the life of the plan.
 */
final class ReadPlan {

	/** A tag's address and its position in the caller's tag list. */
	record Item(ModbusAddress address, int tag) {
	}

	private final List<Item> items;
	private final List<ReadBlock> blocks;

	private ReadPlan(List<Item> items, List<ReadBlock> blocks) {
		this.items = items;
		this.blocks = blocks;
	}

	/**
	 * A plan for {@code addresses}, each answering the tag at the same index of {@code tags} (the caller's
	 * positions); {@code maxRegisters} and {@code maxBits} are clamped to the protocol limits.
	 */
	static ReadPlan of(List<ModbusAddress> addresses, List<Integer> tags, int maxRegisters, int maxBits,
			int maxGap) {
		List<Item> sorted = new ArrayList<>();
		for (int i = 0; i < addresses.size(); i++) {
			sorted.add(new Item(addresses.get(i), tags.get(i)));
		}
		sorted.sort(Comparator.comparing((Item it) -> it.address().area()).thenComparingInt(it -> it.address().offset()));
		List<ReadBlock> blocks = new ArrayList<>();
		int start = 0;
		while (start < sorted.size()) {
			ModbusAddress first = sorted.get(start).address();
			Area area = first.area();
			int limit = Math.min(area.bits ? maxBits : maxRegisters, area.protocolMaximum);
			int end = first.end();
			int next = start + 1;
			while (next < sorted.size()) {
				ModbusAddress a = sorted.get(next).address();
				int newEnd = Math.max(end, a.end());
				if (a.area() != area || a.offset() - end > maxGap || newEnd - first.offset() > limit) {
					break;
				}
				end = newEnd;
				next++;
			}
			blocks.add(new ReadBlock(area, first.offset(), end - first.offset(), start, next));
			start = next;
		}
		return new ReadPlan(List.copyOf(sorted), blocks);
	}

	synchronized List<ReadBlock> blocks() {
		return List.copyOf(blocks);
	}

	List<Item> items(ReadBlock block) {
		return items.subList(block.from(), block.to());
	}

	/**
	 * Replaces {@code block} by two requests cut between its tags (half the tags each) and returns them; empty when
	 * the block serves a single tag (then that tag itself is refused) or is no longer part of the plan.
	 */
	synchronized List<ReadBlock> split(ReadBlock block) {
		int at = blocks.indexOf(block);
		if (at < 0 || block.items() < 2) {
			return List.of();
		}
		int middle = block.from() + block.items() / 2;
		List<ReadBlock> halves = List.of(span(block.area(), block.from(), middle),
				span(block.area(), middle, block.to()));
		blocks.set(at, halves.get(0));
		blocks.add(at + 1, halves.get(1));
		return halves;
	}

	private ReadBlock span(Area area, int from, int to) {
		int offset = items.get(from).address().offset();
		int end = offset;
		for (Item it : items.subList(from, to)) {
			end = Math.max(end, it.address().end());
		}
		return new ReadBlock(area, offset, end - offset, from, to);
	}
}
