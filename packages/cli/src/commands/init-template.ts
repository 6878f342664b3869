/** The commented starter policy `relais init` writes. It must validate (a test checks it). */
export const STARTER_POLICY = `# yaml-language-server: $schema=https://relais.dev/schema/continuity-policy-v1.json
# A starter continuity policy. Edit it, then run: relais validate continuity.yaml
# Every field is described in docs/policy-format.md. Durations: 90s, 15m, 4h, 2d, 1h30m or PT15M.
apiVersion: relais/v1
kind: ContinuityPolicy
metadata:
  name: my-company                  # kebab-case id
  owner: continuity@example.com     # who answers for this policy
  reviewedOn: REVIEWED_ON
  reviewEvery: 180d

# Business impact classes (ISO 22301 BIA): how fast services must recover and how much data they may lose.
tiers:
  critical:
    rto: 15m                        # recovery time objective
    rpo: 1m                         # recovery point objective
    mtpd: 4h                        # maximum tolerable period of disruption (>= rto)
    minSites: 2                     # a critical service must run on two sites
    siteSeparation: zone            # zone | region | provider
  standard:
    rto: 4h
    rpo: 1h
    mtpd: 2d

# Where workloads and people are. Cloud sites need a region; a zone makes the site a zone-level failure domain.
sites:
  primary:
    provider: outscale              # aws | aws-eusc | outscale | on-premises | colocation | office
    region: eu-west-2
    zone: eu-west-2a
    jurisdiction: FR
  secondary:
    provider: outscale
    region: eu-west-2
    zone: eu-west-2b
    jurisdiction: FR
  office:
    provider: office
    location: Paris
    jurisdiction: FR
    staff: 50

services:
  web:
    tier: critical
    owner: platform-team
    strategy: warm-standby          # active-active | warm-standby | pilot-light | backup-restore
    sites: [primary, secondary]     # primary first, then the failover order
    capacity: { required: 4, standby: 1, scaleUp: 5m }
    traffic:
      method: dns-failover          # dns-failover | dns-weighted | load-balancer | manual
      healthCheck: { interval: 10s, failureThreshold: 3 }
      ttl: 60s
    data: { mode: async-replication, lag: 30s }

people:
  staff: 50
  minimumStaffing: 50%
  remoteWork: { capacity: 100%, sustainFor: 24h }

crisisCell:
  assembleWithin: 30m               # the decision time of every manual failover
  cadence: daily
  channels: [phone-bridge]
  roles:
    - { role: crisis-director, primary: First Person, deputy: Second Person, email: crisis@example.com }

scenarios:
  - { id: primary-zone-loss, kind: site-loss, sites: [primary], causes: [power] }
  - { id: office-inaccessible, kind: site-loss, sites: [office], duration: 24h, causes: [demonstration] }

exercises:
  - { scenario: primary-zone-loss, every: 180d }
`;
