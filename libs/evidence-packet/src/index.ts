/**
 * What the apps, the tests and a family's export use of the evidence packet: its module, and
 * the service that builds a case's packet. The rest is its own.
 */
export { EvidencePacketModule } from './evidence-packet.module';
export { EvidencePacketService, type PacketFile } from './packet/evidence-packet.service';
export type { PacketOptions } from './packet/packet-options';
