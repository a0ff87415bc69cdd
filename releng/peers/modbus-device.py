#!/usr/bin/python3
"""A Modbus TCP device for Tandem's driver tests and demo, built on pymodbus (Debian's python3-pymodbus 3.0),
an implementation independent of the library the driver uses.

    modbus-device.py --port N [--unit ID] [--registers N] [--hole START:END] [--plant]

Listens on 127.0.0.1 only. Addresses are zero-based PDU offsets (zero_mode), in all four areas. Holding
registers in --hole (inclusive) do not exist: a read touching them is answered with exception 02 (illegal data
address). --unit makes the device answer only that unit id. --plant makes it a small live water plant for the
demo and the failover test, updated every 100 ms (ABCD word order):
    HR:0 float32 intake flow m3/h   HR:2 float32 tank level m    HR:4 int16 pump speed %   HR:5 uint16 counter
    IR:0 float32 turbidity NTU      CO:0 pump running           DI:0 level high switch

Commands on stdin, one per line, each answered on stdout:
    set hr|ir|co|di OFFSET V1 [V2 ...]   -> ok
    get hr|ir|co|di OFFSET COUNT         -> values V1 V2 ...
    put hr|ir OFFSET TYPE ORDER VALUE     -> ok      (TYPE int16 uint16 int32 uint32 float32 float64,
    take hr|ir OFFSET TYPE ORDER          -> value V  ORDER ABCD CDAB BADC DCBA: Python's struct, big endian,
                                                      words reversed for CD.., bytes swapped for BA../DC..)
    requests                             -> requests N (requests served so far)
"""
import argparse
import asyncio
import math
import struct
import time
import sys
import threading

from pymodbus.datastore import (ModbusSequentialDataBlock, ModbusServerContext, ModbusSlaveContext,
                                ModbusSparseDataBlock)
from pymodbus.server.async_io import ModbusTcpServer

AREAS = {"co": 1, "di": 2, "hr": 3, "ir": 4}
FORMATS = {"int16": ">h", "uint16": ">H", "int32": ">i", "uint32": ">I", "float32": ">f", "float64": ">d"}


def to_registers(kind, order, value):
    raw = struct.pack(FORMATS[kind], float(value) if kind.startswith("float") else int(value))
    words = [raw[i:i + 2] for i in range(0, len(raw), 2)]
    if order in ("CDAB", "DCBA"):
        words.reverse()
    if order in ("BADC", "DCBA"):
        words = [w[::-1] for w in words]
    return [int.from_bytes(w, "big") for w in words]


def from_registers(kind, order, registers):
    words = [r.to_bytes(2, "big") for r in registers]
    if order in ("BADC", "DCBA"):
        words = [w[::-1] for w in words]
    if order in ("CDAB", "DCBA"):
        words.reverse()
    return struct.unpack(FORMATS[kind], b"".join(words))[0]


class CountingContext(ModbusSlaveContext):
    """Counts the requests served, so a benchmark can check its requests per cycle against the device's view."""

    served = 0

    def validate(self, fc_as_hex, address, count=1):
        CountingContext.served += 1
        return super().validate(fc_as_hex, address, count)


def build_context(args):
    if args.hole:
        start, end = (int(x) for x in args.hole.split(":"))
        hr = ModbusSparseDataBlock({a: 0 for a in range(args.registers) if not start <= a <= end})
    else:
        hr = ModbusSequentialDataBlock(0, [0] * args.registers)
    slave = CountingContext(di=ModbusSequentialDataBlock(0, [0] * args.registers),
                            co=ModbusSequentialDataBlock(0, [0] * args.registers),
                            ir=ModbusSequentialDataBlock(0, [0] * args.registers),
                            hr=hr, zero_mode=True)
    if args.unit is None:
        return slave, ModbusServerContext(slaves=slave, single=True)
    return slave, ModbusServerContext(slaves={args.unit: slave}, single=False)


def serve_commands(slave):
    for line in sys.stdin:
        parts = line.split()
        try:
            if parts[0] == "set":
                slave.setValues(AREAS[parts[1]], int(parts[2]), [int(v) for v in parts[3:]])
                print("ok", flush=True)
            elif parts[0] == "get":
                values = slave.getValues(AREAS[parts[1]], int(parts[2]), int(parts[3]))
                print("values " + " ".join(str(int(v)) for v in values), flush=True)
            elif parts[0] == "put":
                slave.setValues(AREAS[parts[1]], int(parts[2]), to_registers(parts[3], parts[4], parts[5]))
                print("ok", flush=True)
            elif parts[0] == "take":
                count = struct.calcsize(FORMATS[parts[3]]) // 2
                registers = slave.getValues(AREAS[parts[1]], int(parts[2]), count)
                print(f"value {from_registers(parts[3], parts[4], registers)!r}", flush=True)
            elif parts[0] == "requests":
                print(f"requests {CountingContext.served}", flush=True)
            else:
                print(f"error unknown command {parts[0]}", flush=True)
        except (IndexError, KeyError, ValueError, struct.error) as e:
            print(f"error {e!r} in '{line.strip()}'", flush=True)


async def plant(slave):
    counter = 0
    while True:
        await asyncio.sleep(0.1)
        t = time.time()
        counter = (counter + 1) % 65536
        flow = 250 + 100 * math.sin(2 * math.pi * t / 60)
        level = 2.5 + 2 * math.sin(2 * math.pi * t / 180)
        running = int(t // 20) % 3 != 0
        slave.setValues(3, 0, to_registers("float32", "ABCD", flow) + to_registers("float32", "ABCD", level)
                        + to_registers("int16", "ABCD", 80 if running else 0) + [counter])
        slave.setValues(4, 0, to_registers("float32", "ABCD", 5 + 3 * math.sin(2 * math.pi * t / 45)))
        slave.setValues(1, 0, [int(running)])
        slave.setValues(2, 0, [int(level > 4.2)])


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--unit", type=int)
    parser.add_argument("--registers", type=int, default=1000)
    parser.add_argument("--hole")
    parser.add_argument("--plant", action="store_true")
    args = parser.parse_args()
    slave, context = build_context(args)
    server = ModbusTcpServer(context, address=("127.0.0.1", args.port), allow_reuse_address=True)
    threading.Thread(target=serve_commands, args=(slave,), daemon=True).start()
    if args.plant:
        asyncio.ensure_future(plant(slave))
    serving = asyncio.ensure_future(server.serve_forever())
    await server.serving
    print(f"LISTENING {args.port}", flush=True)
    await serving


if __name__ == "__main__":
    asyncio.run(main())
