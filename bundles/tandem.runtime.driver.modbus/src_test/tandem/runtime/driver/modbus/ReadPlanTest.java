package tandem.runtime.driver.modbus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class ReadPlanTest {

	private static ReadPlan plan(List<ModbusAddress> addresses, int maxRegisters, int maxGap) {
		return ReadPlan.of(addresses, IntStream.range(0, addresses.size()).boxed().toList(), maxRegisters, 2000,
				maxGap);
	}

	private static ModbusAddress hr(int offset, DataType type) {
		return new ModbusAddress(Area.HOLDING_REGISTERS, offset, type, 0);
	}

	@Test
	void tenThousandNeighbouringRegistersNeedEightyRequests() {
		List<ModbusAddress> addresses = new ArrayList<>();
		for (int i = 9999; i >= 0; i--) { // order of the tags does not matter
			addresses.add(hr(i, DataType.UINT16));
		}
		List<ReadBlock> blocks = plan(addresses, 125, 0).blocks();
		assertEquals(80, blocks.size());
		assertTrue(blocks.stream().allMatch(b -> b.quantity() == 125), blocks.toString());
	}

	@Test
	void aDeviceMaximumBelowTheProtocolLimitIsKept() {
		List<ModbusAddress> addresses = IntStream.range(0, 100).mapToObj(i -> hr(i, DataType.INT16)).toList();
		assertEquals(5, plan(addresses, 20, 0).blocks().size());
		assertEquals(1, plan(addresses, 500, 0).blocks().size(), "500 is clamped to the protocol's 125");
	}

	@Test
	void aValueIsNeverCutInTwoAtABlockBorder() {
		List<ModbusAddress> addresses = IntStream.range(0, 100).mapToObj(i -> hr(2 * i, DataType.FLOAT32)).toList();
		for (ReadBlock b : plan(addresses, 125, 0).blocks()) {
			assertEquals(0, b.quantity() % 2, "block " + b + " must hold whole float32 values");
			assertTrue(b.quantity() <= 125);
		}
	}

	@Test
	void gapsUpToTheAllowedSizeAreReadOverAndAreasNeverMix() {
		List<ModbusAddress> addresses = List.of(hr(0, DataType.INT16), hr(5, DataType.INT16), hr(20, DataType.INT16),
				new ModbusAddress(Area.INPUT_REGISTERS, 1, DataType.INT16, 0),
				new ModbusAddress(Area.COILS, 0, DataType.BOOL, 0), new ModbusAddress(Area.COILS, 7, DataType.BOOL, 0),
				new ModbusAddress(Area.COILS, 1999, DataType.BOOL, 0));
		List<String> blocks = plan(addresses, 125, 8).blocks().stream().map(ReadBlock::toString).toList();
		assertEquals(List.of("CO:0+8", "CO:1999+1", "IR:1+1", "HR:0+6", "HR:20+1"), blocks);
	}

	@Test
	void aRefusedBlockIsSplitBetweenTagsUntilOnlyTheRefusedTagIsLeft() {
		List<ModbusAddress> addresses = IntStream.range(0, 8).mapToObj(i -> hr(i, DataType.INT16)).toList();
		ReadPlan plan = plan(addresses, 125, 0);
		ReadBlock all = plan.blocks().get(0);
		List<ReadBlock> halves = plan.split(all);
		assertEquals(List.of("HR:0+4", "HR:4+4"), halves.stream().map(ReadBlock::toString).toList());
		assertEquals(halves, plan.blocks(), "the plan keeps the split for the next polls");
		ReadBlock single = plan.split(plan.split(halves.get(1)).get(0)).get(1);
		assertEquals("HR:5+1", single.toString());
		assertEquals(List.of(), plan.split(single), "a single tag cannot be split");
		assertEquals(List.of("HR:0+4", "HR:4+1", "HR:5+1", "HR:6+2"),
				plan.blocks().stream().map(ReadBlock::toString).toList());
	}
}
