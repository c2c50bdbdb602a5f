import { Injectable } from '@nestjs/common';
import { LinkedinProvider } from '../linkedin/linkedin.provider';
import { NetworkProvider } from './network-provider';

/** Every network Chorus publishes to, looked up by name. Adding X means adding it here. */
@Injectable()
export class NetworkProviders {
  private readonly byNetwork: Map<string, NetworkProvider>;

  constructor(linkedin: LinkedinProvider) {
    this.byNetwork = new Map([[linkedin.network, linkedin]]);
  }

  get(network: string): NetworkProvider {
    const provider = this.byNetwork.get(network);
    if (!provider) throw new Error(`No provider for network "${network}".`);
    return provider;
  }
}
