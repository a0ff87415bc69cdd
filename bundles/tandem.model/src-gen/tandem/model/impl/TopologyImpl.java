/**
 */
package tandem.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import tandem.model.Node;
import tandem.model.TandemPackage;
import tandem.model.Topology;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Topology</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link tandem.model.impl.TopologyImpl#getClusterName <em>Cluster Name</em>}</li>
 *   <li>{@link tandem.model.impl.TopologyImpl#getSecretRef <em>Secret Ref</em>}</li>
 *   <li>{@link tandem.model.impl.TopologyImpl#isRedundancy <em>Redundancy</em>}</li>
 *   <li>{@link tandem.model.impl.TopologyImpl#getFailureDetectionTimeoutMs <em>Failure Detection Timeout Ms</em>}</li>
 *   <li>{@link tandem.model.impl.TopologyImpl#getHeartbeatIntervalMs <em>Heartbeat Interval Ms</em>}</li>
 *   <li>{@link tandem.model.impl.TopologyImpl#getVerifySuspectTimeoutMs <em>Verify Suspect Timeout Ms</em>}</li>
 *   <li>{@link tandem.model.impl.TopologyImpl#getNodes <em>Nodes</em>}</li>
 *   <li>{@link tandem.model.impl.TopologyImpl#getWitness <em>Witness</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TopologyImpl extends MinimalEObjectImpl.Container implements Topology {
	/**
	 * The default value of the '{@link #getClusterName() <em>Cluster Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClusterName()
	 * @generated
	 * @ordered
	 */
	protected static final String CLUSTER_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClusterName() <em>Cluster Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClusterName()
	 * @generated
	 * @ordered
	 */
	protected String clusterName = CLUSTER_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getSecretRef() <em>Secret Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecretRef()
	 * @generated
	 * @ordered
	 */
	protected static final String SECRET_REF_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSecretRef() <em>Secret Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecretRef()
	 * @generated
	 * @ordered
	 */
	protected String secretRef = SECRET_REF_EDEFAULT;

	/**
	 * The default value of the '{@link #isRedundancy() <em>Redundancy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRedundancy()
	 * @generated
	 * @ordered
	 */
	protected static final boolean REDUNDANCY_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isRedundancy() <em>Redundancy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRedundancy()
	 * @generated
	 * @ordered
	 */
	protected boolean redundancy = REDUNDANCY_EDEFAULT;

	/**
	 * The default value of the '{@link #getFailureDetectionTimeoutMs() <em>Failure Detection Timeout Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailureDetectionTimeoutMs()
	 * @generated
	 * @ordered
	 */
	protected static final int FAILURE_DETECTION_TIMEOUT_MS_EDEFAULT = 1500;

	/**
	 * The cached value of the '{@link #getFailureDetectionTimeoutMs() <em>Failure Detection Timeout Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailureDetectionTimeoutMs()
	 * @generated
	 * @ordered
	 */
	protected int failureDetectionTimeoutMs = FAILURE_DETECTION_TIMEOUT_MS_EDEFAULT;

	/**
	 * The default value of the '{@link #getHeartbeatIntervalMs() <em>Heartbeat Interval Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeartbeatIntervalMs()
	 * @generated
	 * @ordered
	 */
	protected static final int HEARTBEAT_INTERVAL_MS_EDEFAULT = 500;

	/**
	 * The cached value of the '{@link #getHeartbeatIntervalMs() <em>Heartbeat Interval Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeartbeatIntervalMs()
	 * @generated
	 * @ordered
	 */
	protected int heartbeatIntervalMs = HEARTBEAT_INTERVAL_MS_EDEFAULT;

	/**
	 * The default value of the '{@link #getVerifySuspectTimeoutMs() <em>Verify Suspect Timeout Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerifySuspectTimeoutMs()
	 * @generated
	 * @ordered
	 */
	protected static final int VERIFY_SUSPECT_TIMEOUT_MS_EDEFAULT = 300;

	/**
	 * The cached value of the '{@link #getVerifySuspectTimeoutMs() <em>Verify Suspect Timeout Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerifySuspectTimeoutMs()
	 * @generated
	 * @ordered
	 */
	protected int verifySuspectTimeoutMs = VERIFY_SUSPECT_TIMEOUT_MS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getNodes() <em>Nodes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodes()
	 * @generated
	 * @ordered
	 */
	protected EList<Node> nodes;

	/**
	 * The cached value of the '{@link #getWitness() <em>Witness</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWitness()
	 * @generated
	 * @ordered
	 */
	protected Node witness;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TopologyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TandemPackage.Literals.TOPOLOGY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getClusterName() {
		return clusterName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClusterName(String newClusterName) {
		String oldClusterName = clusterName;
		clusterName = newClusterName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.TOPOLOGY__CLUSTER_NAME, oldClusterName, clusterName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSecretRef() {
		return secretRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSecretRef(String newSecretRef) {
		String oldSecretRef = secretRef;
		secretRef = newSecretRef;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.TOPOLOGY__SECRET_REF, oldSecretRef, secretRef));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRedundancy() {
		return redundancy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRedundancy(boolean newRedundancy) {
		boolean oldRedundancy = redundancy;
		redundancy = newRedundancy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.TOPOLOGY__REDUNDANCY, oldRedundancy, redundancy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFailureDetectionTimeoutMs() {
		return failureDetectionTimeoutMs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFailureDetectionTimeoutMs(int newFailureDetectionTimeoutMs) {
		int oldFailureDetectionTimeoutMs = failureDetectionTimeoutMs;
		failureDetectionTimeoutMs = newFailureDetectionTimeoutMs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.TOPOLOGY__FAILURE_DETECTION_TIMEOUT_MS, oldFailureDetectionTimeoutMs, failureDetectionTimeoutMs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHeartbeatIntervalMs() {
		return heartbeatIntervalMs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeartbeatIntervalMs(int newHeartbeatIntervalMs) {
		int oldHeartbeatIntervalMs = heartbeatIntervalMs;
		heartbeatIntervalMs = newHeartbeatIntervalMs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.TOPOLOGY__HEARTBEAT_INTERVAL_MS, oldHeartbeatIntervalMs, heartbeatIntervalMs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getVerifySuspectTimeoutMs() {
		return verifySuspectTimeoutMs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVerifySuspectTimeoutMs(int newVerifySuspectTimeoutMs) {
		int oldVerifySuspectTimeoutMs = verifySuspectTimeoutMs;
		verifySuspectTimeoutMs = newVerifySuspectTimeoutMs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.TOPOLOGY__VERIFY_SUSPECT_TIMEOUT_MS, oldVerifySuspectTimeoutMs, verifySuspectTimeoutMs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Node> getNodes() {
		if (nodes == null) {
			nodes = new EObjectContainmentEList<Node>(Node.class, this, TandemPackage.TOPOLOGY__NODES);
		}
		return nodes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Node getWitness() {
		if (witness != null && witness.eIsProxy()) {
			InternalEObject oldWitness = (InternalEObject)witness;
			witness = (Node)eResolveProxy(oldWitness);
			if (witness != oldWitness) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TandemPackage.TOPOLOGY__WITNESS, oldWitness, witness));
			}
		}
		return witness;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Node basicGetWitness() {
		return witness;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWitness(Node newWitness) {
		Node oldWitness = witness;
		witness = newWitness;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.TOPOLOGY__WITNESS, oldWitness, witness));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TandemPackage.TOPOLOGY__NODES:
				return ((InternalEList<?>)getNodes()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TandemPackage.TOPOLOGY__CLUSTER_NAME:
				return getClusterName();
			case TandemPackage.TOPOLOGY__SECRET_REF:
				return getSecretRef();
			case TandemPackage.TOPOLOGY__REDUNDANCY:
				return isRedundancy();
			case TandemPackage.TOPOLOGY__FAILURE_DETECTION_TIMEOUT_MS:
				return getFailureDetectionTimeoutMs();
			case TandemPackage.TOPOLOGY__HEARTBEAT_INTERVAL_MS:
				return getHeartbeatIntervalMs();
			case TandemPackage.TOPOLOGY__VERIFY_SUSPECT_TIMEOUT_MS:
				return getVerifySuspectTimeoutMs();
			case TandemPackage.TOPOLOGY__NODES:
				return getNodes();
			case TandemPackage.TOPOLOGY__WITNESS:
				if (resolve) return getWitness();
				return basicGetWitness();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TandemPackage.TOPOLOGY__CLUSTER_NAME:
				setClusterName((String)newValue);
				return;
			case TandemPackage.TOPOLOGY__SECRET_REF:
				setSecretRef((String)newValue);
				return;
			case TandemPackage.TOPOLOGY__REDUNDANCY:
				setRedundancy((Boolean)newValue);
				return;
			case TandemPackage.TOPOLOGY__FAILURE_DETECTION_TIMEOUT_MS:
				setFailureDetectionTimeoutMs((Integer)newValue);
				return;
			case TandemPackage.TOPOLOGY__HEARTBEAT_INTERVAL_MS:
				setHeartbeatIntervalMs((Integer)newValue);
				return;
			case TandemPackage.TOPOLOGY__VERIFY_SUSPECT_TIMEOUT_MS:
				setVerifySuspectTimeoutMs((Integer)newValue);
				return;
			case TandemPackage.TOPOLOGY__NODES:
				getNodes().clear();
				getNodes().addAll((Collection<? extends Node>)newValue);
				return;
			case TandemPackage.TOPOLOGY__WITNESS:
				setWitness((Node)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case TandemPackage.TOPOLOGY__CLUSTER_NAME:
				setClusterName(CLUSTER_NAME_EDEFAULT);
				return;
			case TandemPackage.TOPOLOGY__SECRET_REF:
				setSecretRef(SECRET_REF_EDEFAULT);
				return;
			case TandemPackage.TOPOLOGY__REDUNDANCY:
				setRedundancy(REDUNDANCY_EDEFAULT);
				return;
			case TandemPackage.TOPOLOGY__FAILURE_DETECTION_TIMEOUT_MS:
				setFailureDetectionTimeoutMs(FAILURE_DETECTION_TIMEOUT_MS_EDEFAULT);
				return;
			case TandemPackage.TOPOLOGY__HEARTBEAT_INTERVAL_MS:
				setHeartbeatIntervalMs(HEARTBEAT_INTERVAL_MS_EDEFAULT);
				return;
			case TandemPackage.TOPOLOGY__VERIFY_SUSPECT_TIMEOUT_MS:
				setVerifySuspectTimeoutMs(VERIFY_SUSPECT_TIMEOUT_MS_EDEFAULT);
				return;
			case TandemPackage.TOPOLOGY__NODES:
				getNodes().clear();
				return;
			case TandemPackage.TOPOLOGY__WITNESS:
				setWitness((Node)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case TandemPackage.TOPOLOGY__CLUSTER_NAME:
				return CLUSTER_NAME_EDEFAULT == null ? clusterName != null : !CLUSTER_NAME_EDEFAULT.equals(clusterName);
			case TandemPackage.TOPOLOGY__SECRET_REF:
				return SECRET_REF_EDEFAULT == null ? secretRef != null : !SECRET_REF_EDEFAULT.equals(secretRef);
			case TandemPackage.TOPOLOGY__REDUNDANCY:
				return redundancy != REDUNDANCY_EDEFAULT;
			case TandemPackage.TOPOLOGY__FAILURE_DETECTION_TIMEOUT_MS:
				return failureDetectionTimeoutMs != FAILURE_DETECTION_TIMEOUT_MS_EDEFAULT;
			case TandemPackage.TOPOLOGY__HEARTBEAT_INTERVAL_MS:
				return heartbeatIntervalMs != HEARTBEAT_INTERVAL_MS_EDEFAULT;
			case TandemPackage.TOPOLOGY__VERIFY_SUSPECT_TIMEOUT_MS:
				return verifySuspectTimeoutMs != VERIFY_SUSPECT_TIMEOUT_MS_EDEFAULT;
			case TandemPackage.TOPOLOGY__NODES:
				return nodes != null && !nodes.isEmpty();
			case TandemPackage.TOPOLOGY__WITNESS:
				return witness != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (clusterName: ");
		result.append(clusterName);
		result.append(", secretRef: ");
		result.append(secretRef);
		result.append(", redundancy: ");
		result.append(redundancy);
		result.append(", failureDetectionTimeoutMs: ");
		result.append(failureDetectionTimeoutMs);
		result.append(", heartbeatIntervalMs: ");
		result.append(heartbeatIntervalMs);
		result.append(", verifySuspectTimeoutMs: ");
		result.append(verifySuspectTimeoutMs);
		result.append(')');
		return result.toString();
	}

} //TopologyImpl
