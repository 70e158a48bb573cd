/**
 * What the apps and the tests use of the evidence packet: its module. The rest is its own.
 */
export { EvidencePacketModule } from './evidence-packet.module';
